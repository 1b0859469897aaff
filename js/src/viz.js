// Graphviz, compiled to WebAssembly (@viz-js/viz, MIT): the library every graphviz_chart of a
// kernel shares. The module registers the library when its widget's model
// is created; it draws nothing itself.
import { instance } from "@viz-js/viz";
import { provide } from "./lib/libraries.js";

provide("viz", instance());

export default { initialize() {} };
