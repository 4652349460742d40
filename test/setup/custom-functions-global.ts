// The CustomFunctions global as Excel's runtime exposes it, reduced to what our bundle touches.
// Shared by the Jest setup and the plain-engine bundle test.
export interface RegisteredFunctions {
  associations: Map<string, (...args: unknown[]) => unknown>;
}

export function installCustomFunctionsGlobal(target: object): RegisteredFunctions {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  } as const;
  class CustomFunctionsError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message ?? "");
      this.code = code;
      this.name = "CustomFunctions.Error";
    }
  }
  const api = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") {
        if (associations.has(id)) throw new Error(`CustomFunctions.associate: ${id} registered twice`);
        if (typeof fn !== "function") throw new Error(`CustomFunctions.associate: ${id} is not a function`);
        associations.set(id, fn);
      } else {
        for (const [key, value] of Object.entries(id)) api.associate(key, value);
      }
    },
  };
  Object.assign(target, { CustomFunctions: api });
  return { associations };
}
