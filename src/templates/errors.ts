/** A template is missing, or what it wrote is not valid markup. Maps to exit code 1. */
export class TemplateError extends Error {}
