// Builds every JavaScript bundle the rerunner package ships.
//
// Each top-level file src/<name>.js is an entry: an anywidget ES module, bundled with what it
// imports (files under src/lib/ or npm packages, style sheets as text) into
// ../rerunner/static/<name>.js, minified.
// manifest.json beside the bundles records a hash of everything that went in (the sources, the
// lock file, this script) and of each bundle, so a test can tell without node when a bundle no
// longer matches its sources; with node it rebuilds and compares the bytes.
//
//   npm ci && npm run build              write the bundles into rerunner/static/
//   node build.mjs --out DIR             write them elsewhere (the test's rebuild)
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf("--out");
const out = outArg > 0 ? process.argv[outArg + 1] : join(here, "..", "rerunner", "static");

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

// The same recipe as rerunner's tests/render/test_bundles.py: sha256 over "<path>\0<bytes>\0".
function sourcesHash() {
  const inputs = [...walk(join(here, "src")), ...["build.mjs", "package.json", "package-lock.json"].map((f) => join(here, f))];
  const hash = createHash("sha256");
  for (const path of inputs.map((p) => relative(here, p).split("\\").join("/")).sort()) {
    hash.update(path + "\0");
    hash.update(readFileSync(join(here, path)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

// Mermaid reaches for two large libraries only for some diagrams. ELK (elkjs, 1.5 MB), its
// default layout for flowcharts, class, state and ER diagrams since Mermaid 12, is left out as
// Mermaid's own "tiny" build leaves it out: its layouts are not registered, and Mermaid falls
// back to dagre. KaTeX (0.27 MB), for `$$math$$` in labels, is replaced by a stand-in that
// refuses. Both stay out of the budget (docs/architecture.md, "Diagrams and maps"); the kernel
// refuses an explicit `layout: elk` and math by name.
const leftOut = {
  name: "left-out",
  setup(b) {
    b.onResolve({ filter: /^katex(\/|$)/ }, () => ({ path: join(here, "src", "lib", "left_out", "katex.js") }));
    b.onLoad({ filter: /mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[^\\/]+\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("registerDefaultLayoutLoaders")) return undefined;
      const call = "...elkLayoutLoaders()";
      if (!text.includes(call)) throw new Error(`${args.path}: ${call} not found (a new Mermaid?)`);
      return { contents: text.replace(call, ""), loader: "js" };
    });
  },
};

const entries = readdirSync(join(here, "src")).filter((f) => f.endsWith(".js")).sort();
mkdirSync(out, { recursive: true });
const bundles = {};
for (const entry of entries) {
  const outfile = join(out, entry);
  await build({
    entryPoints: [join(here, "src", entry)],
    outfile,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    charset: "utf8",
    legalComments: "eof",
    loader: { ".css": "text" }, // style sheets are imported as text and put in the page by the module
    logLevel: "warning",
    plugins: [leftOut],
  });
  const bytes = readFileSync(outfile);
  bundles[entry] = { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
const manifest = { sources: sourcesHash(), bundles };
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
for (const [name, { bytes }] of Object.entries(bundles)) console.log(`${name}\t${bytes} bytes`);
