var i={initialize({model:t}){let e=URL.createObjectURL(new Blob([t.get("code")],{type:"text/javascript"}));import(e).finally(()=>URL.revokeObjectURL(e))}};export{i as default};
