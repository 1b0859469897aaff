// Light or dark: the theme JupyterLab, Notebook 7 and Voila mark on <body>.
export function isDark() {
  const light = document.body && document.body.dataset.jpThemeLight;
  if (light === "false") return true;
  if (light === "true") return false;
  return !!(globalThis.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
}

// Calls `changed` whenever the page switches theme; returns the function that stops watching.
export function watchTheme(changed) {
  let dark = isDark();
  const observer = new MutationObserver(() => {
    if (isDark() !== dark) {
      dark = isDark();
      changed(dark);
    }
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ["data-jp-theme-light", "data-jp-theme-name"] });
  return () => observer.disconnect();
}
