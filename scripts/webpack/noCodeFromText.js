// A webpack loader for exceljs's prebuilt browser file, which the pane's import worker bundles.
// That file carries three old fallbacks that turn text into code (global-object lookups for engines
// without globalThis, and a setImmediate polyfill that compiles a string argument). None can run in a
// modern worker, but the production bundle must contain no `eval` or `new Function` at all, so they
// are replaced by what a modern engine does anyway. test/security/bundle.test.ts checks the result.
const REPLACEMENTS = [
  ['Function("return this")()', 'globalThis'],
  ['Function("r","regeneratorRuntime = r")', '(function(r){globalThis.regeneratorRuntime=r})'],
  [
    'new Function(""+e)',
    '(function(){throw new TypeError("setImmediate: callback must be a function")})',
  ],
];

module.exports = function noCodeFromText(source) {
  return REPLACEMENTS.reduce((code, [from, to]) => code.split(from).join(to), source);
};
