// Imported first by the functions entry, so it runs before any *-functions.ts module.
//
// custom-functions-metadata-plugin appends a bare `CustomFunctions.associate(...)` to each *-functions.ts file.
// Excel's JavaScript-only runtime always provides that global, and so does office.js on the shared runtime's
// page (taskpane.html). When office.js could not be loaded (its CDN unreachable: the pane opened offline, as
// the preview), the global is missing and the first associate call would throw a ReferenceError and stop this
// script. There is no Excel on such a page to register with, so a stand-in that registers nothing goes in
// its place; the functions themselves never run there.
if (typeof CustomFunctions === "undefined") {
  Reflect.set(globalThis, "CustomFunctions", { associate: () => undefined });
}

export {};
