// Jest has no CustomFunctions global (Excel provides it). This stand-in follows the documented shape of
// custom-functions-runtime: CustomFunctions.Error(code, message) and the ErrorCode string values
// (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
import { installCustomFunctionsGlobal } from "./custom-functions-global";

installCustomFunctionsGlobal(globalThis);
