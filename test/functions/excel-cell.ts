// How a worksheet cell meets an =AIVM.* function, for the tests of src/functions/.

/** Runs a cell function and returns what Excel would show: the value, or the error code and message. */
export function excel(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message };
    throw error;
  }
}

/**
 * What Excel passes for an omitted range argument: null. Typed `any`, as the functions' range parameters
 * are (`any[][]`, which Excel's metadata needs), because to TypeScript null is not an array.
 */
export const omitted: any = null;
