// Stands in for KaTeX, which rerunner's Mermaid does not ship (see js/build.mjs).
function refuse() {
  throw new Error("Math ($$...$$) in Mermaid diagrams is not available in rerunner.");
}
export default { render: refuse, renderToString: refuse };
