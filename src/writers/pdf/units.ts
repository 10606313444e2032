/** pdfmake measures in points. */
export { pt } from "../../typography/measure.js";
