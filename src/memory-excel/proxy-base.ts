import { itemNotFound, MemoryExcelError, propertyNotLoaded } from "./errors";
import type { Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";

/**
 * The load/sync machinery every proxy shares. A proxy queues actions (loads, setters, methods) on its context; sync()
 * runs them in order against the workbook, so a load sees the state left by the actions queued before it. Loaded
 * values reach the proxies only when the whole request succeeded, as office.js applies a response.
 */
export interface Action {
  /** Estimated request bytes (see payload.ts). */
  readonly bytes: number;
  readonly run: () => void;
}

/** What a request sends back: the loaded values, applied to the proxies once every action has succeeded. */
export class Response {
  bytes = 0;
  private readonly appliers: (() => void)[] = [];

  /** `limit`: the payload limit; once the response is past it, the request will fail, so loads may stop early. */
  constructor(readonly limit: number = Number.POSITIVE_INFINITY) {}

  /** Bytes a load may still add before the response is over the limit. */
  get room(): number {
    return this.limit - this.bytes;
  }

  deliver(bytes: number, apply: () => void): void {
    this.bytes += bytes;
    this.appliers.push(apply);
  }

  applyAll(): void {
    for (const apply of this.appliers) apply();
  }
}

/** The context as proxies see it. */
export interface ProxyContext {
  readonly model: Workbook;
  /** Increases with every request; ranges resolve their cells once per request. */
  readonly requestId: number;
  /** The response being built while a request runs (null outside sync). */
  readonly response: Response | null;
  /** The sheet an address without a sheet part refers to (the first sheet, Excel's default active sheet). */
  activeSheet(): Sheet;
  enqueue(action: Action): void;
}

/** Queues a setter or method; `payload` is what it sends (for the size estimate). */
export function queueCommand(ctx: ProxyContext, payload: unknown, run: () => void): void {
  ctx.enqueue({ bytes: ACTION_OVERHEAD_BYTES + jsonBytes(payload), run });
}

/**
 * What a proxy stands for, found when a request first needs it. `nullable` marks a *OrNullObject proxy: a missing
 * item makes it a null object instead of failing. Sheets, tables and columns keep their identity once found (office.js
 * switches to the item's id after the first request); an item deleted since is ItemNotFound.
 */
export class Target<T> {
  private found: T | null | undefined;

  constructor(
    private readonly find: () => T | null,
    private readonly nullable: boolean,
    private readonly location: string,
    private readonly describe: string,
    private readonly alive: (value: T) => boolean = () => true,
  ) {}

  /** Sets the target of an object a queued add() created. */
  set(value: T): void {
    this.found = value;
  }

  /** The item, or null for a null object; throws ItemNotFound for a missing item that is not nullable. */
  tryGet(): T | null {
    if (this.found === undefined || (this.found !== null && !this.alive(this.found))) {
      const value = this.find();
      if (value === null && !this.nullable) throw itemNotFound(this.location, this.describe);
      this.found = value;
    }
    return this.found;
  }

  /** The item; using a null object's members fails like a missing item. */
  get(): T {
    const value = this.tryGet();
    if (value === null) throw itemNotFound(this.location, `${this.describe} (the object is a null object)`);
    return value;
  }
}

/** What a load reads now, during the request: its estimated response bytes, and how to apply it to the proxy after. */
export interface Capture {
  readonly bytes: number;
  readonly apply: () => void;
}

/**
 * A proxy whose properties are loaded: load("a, b") or load(["a", "b"]) queues a read of those properties, which
 * the proxy's capture() takes during the request. Each proxy loads only the properties the store reads; any other
 * name fails the sync with InvalidArgument (unknownProperty), as Excel refuses a property it does not have.
 */
export abstract class LoadableProxy {
  /** Known after a sync that resolved the object: true for a null object. */
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: ProxyContext,
    /** Excel's type name, used in errors ("Range.values"). */
    protected readonly entity: string,
  ) {}

  /** Resolves the object during a request: null for a null object. */
  protected abstract resolve(): unknown;

  /** Reads the named properties from the workbook now (during the request); throws unknownProperty for others. */
  protected abstract capture(names: readonly string[]): Capture;

  /** "You must call context.sync() before reading the isNullObject property"; no load() needed. */
  protected nullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** Records, for after the sync, whether the object resolved to a null object. */
  protected markResolved(isNull: boolean): void {
    this.ctx.response?.deliver(0, () => {
      this.nullState = isNull;
    });
  }

  /** A loaded (or assigned) value, or PropertyNotLoaded; a null object's properties fail loudly (office.js gives undefined). */
  protected loaded<T>(value: T | undefined, property: string): T {
    if (this.nullState === true) {
      throw new MemoryExcelError("NullObjectProperty", { argument: property, location: `${this.entity}.${property}` });
    }
    if (value === undefined) throw propertyNotLoaded(this.entity, property);
    return value;
  }

  /** Queues the resolution of a *OrNullObject proxy, so isNullObject is known after the next sync. */
  protected queueResolve(): void {
    this.ctx.enqueue({ bytes: ACTION_OVERHEAD_BYTES, run: () => void this.resolve() });
  }

  protected queue(payload: unknown, run: () => void): void {
    queueCommand(this.ctx, payload, run);
  }

  /** Queues load(): a comma-separated string or an array of names ("isNullObject" needs no load and is skipped). */
  protected queueLoad(propertyNames: string | string[]): void {
    const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
    const names = list.map((name) => name.trim()).filter((name) => name !== "" && name !== "isNullObject");
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(names),
      run: () => {
        const isNull = this.resolve() === null;
        if (isNull || names.length === 0) return;
        const { bytes, apply } = this.capture(names);
        this.ctx.response?.deliver(bytes, apply);
      },
    });
  }
}

/**
 * A named item of the workbook (a worksheet, a table, a chart) behind a Target: found during the request (a
 * *OrNullObject one resolves in the next sync, so isNullObject is known after it), its name loadable, and known
 * without a load once the batch assigned it (office.js keeps an assigned value).
 */
export abstract class NamedItemProxy<T extends { name: string }> extends LoadableProxy {
  /** The name as loaded, or as this batch assigned it. */
  protected knownName: string | undefined;

  protected constructor(
    ctx: ProxyContext,
    entity: string,
    readonly target: Target<T>,
    nullable: boolean,
  ) {
    super(ctx, entity);
    if (nullable) this.queueResolve();
  }

  protected resolve(): unknown {
    const item = this.target.tryGet();
    this.markResolved(item === null);
    return item;
  }

  /** Loads "name", the one property the store reads of a single item. */
  protected capture(names: readonly string[]): Capture {
    const item = this.target.get();
    for (const name of names) if (name !== "name") throw unknownProperty(this.entity, name);
    return {
      bytes: 40 + item.name.length,
      apply: () => {
        this.knownName = item.name;
      },
    };
  }

  get isNullObject(): boolean {
    return this.nullObject();
  }

  get name(): string {
    return this.loaded(this.knownName, "name");
  }
}

/** Fails a load of a property this proxy does not load, as Excel rejects an unknown property. */
export function unknownProperty(entity: string, name: string): MemoryExcelError {
  return new MemoryExcelError("InvalidArgument", {
    location: `${entity}.load`,
    detail: `"${name}" is not a property of ${entity} that the in-memory Excel loads (it loads what the store reads)`,
  });
}
