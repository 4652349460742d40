// The functions entry: Excel's runtime loads this bundle (dist/functions.js) on its own, so it must
// import nothing but the domain. custom-functions-metadata-plugin reads the JSDoc of each file below,
// writes dist/functions.json and appends CustomFunctions.associate calls to each of them.
import "./registration-guard";
import "./value-functions";
import "./counterfactual-functions";
import "./evidence-functions";
import "./ledger-functions";
import "./option-functions";
import "./cash-flow-functions";
import "./review-functions";
import "./uncertainty-functions";
