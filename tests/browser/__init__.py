"""Real front ends (Voila, JupyterLab) in headless chromium, driven through Playwright."""
