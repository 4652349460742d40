/**
 * Which host the pane runs in. Office.onReady() resolves with { host: null } in a plain browser, and
 * never resolves if office.js was blocked, so it is raced against a timeout (then: no host).
 */
export interface HostInfo {
  /** "Excel" inside Excel; null in a plain browser (the preview). */
  readonly host: string | null;
  /** True when Office did not answer in time (office.js blocked or very slow). */
  readonly timedOut: boolean;
}

export const OFFICE_READY_TIMEOUT_MS = 3000;

export function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ host: null, timedOut: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ host: null, timedOut: true }), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): HostInfo => ({ host: info.host ? String(info.host) : null, timedOut: false }),
    (): HostInfo => ({ host: null, timedOut: false }),
  );
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this Excel offers ExcelApi `version` (Office.context.requirements.isSetSupported, as Microsoft's
 * "Excel JavaScript API requirement sets" page checks it at runtime). Ask only once Office reported a host.
 * False when Office cannot say (no requirements object, or it throws): then the tables cannot be relied on.
 */
export function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
