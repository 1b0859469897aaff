// Mermaid (MIT): the library every mermaid_chart of a kernel shares. It travels as the text of
// the library widget's `code` and is imported by mermaid_loader.js; it registers the library on
// the page and draws nothing itself.
import mermaid from "mermaid";
import { provide } from "./lib/libraries.js";

provide("mermaid", mermaid);

export default {};
