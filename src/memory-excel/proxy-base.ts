import { itemNotFound, MemoryExcelError, propertyNotLoaded } from "./errors";
import type { Workbook } from "./model-workbook";
import type { Sheet } from "./model-sheet";
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

/** A comma-separated string, an array, or nothing (all scalar properties), as Range.load accepts. */
export function parseLoadNames(propertyNames?: string | string[]): string[] | null {
  if (propertyNames === undefined) return null;
  const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
  return list.map((name) => name.trim()).filter((name) => name !== "");
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

export abstract class ProxyBase {
  /** Known after a sync that resolved the object: true for a null object. */
  protected nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: ProxyContext,
    /** Excel's type name, used in errors ("Range.values"). */
    protected readonly entity: string,
  ) {}

  /** True when this proxy was made by the given context (an object cannot cross request contexts). */
  belongsTo(ctx: ProxyContext): boolean {
    return this.ctx === ctx;
  }

  /** "You must call context.sync() before reading the isNullObject property"; no load() needed. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** Resolves the object during a request: null for a null object; records isNullObject for after the sync. */
  protected abstract resolve(): unknown;

  /** The scalar property names load() without arguments loads. */
  protected abstract scalarNames(): readonly string[];

  /** A navigation property (e.g. Range.format), for load paths like "format/wrapText". */
  protected navigation(_name: string): ProxyBase | undefined {
    return undefined;
  }

  /** Reads the named scalars from the workbook now (during the request) and returns how to apply them after. */
  protected abstract capture(names: readonly string[]): { bytes: number; apply: () => void };

  protected markResolved(isNull: boolean): void {
    this.ctx.response?.deliver(0, () => {
      this.nullState = isNull;
    });
  }

  /** A loaded value, or PropertyNotLoaded; a null object's properties fail loudly (office.js gives undefined). */
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

  /** Queues a setter or method; `payload` is what it sends (for the size estimate). */
  protected queue(payload: unknown, run: () => void): void {
    this.ctx.enqueue({ bytes: ACTION_OVERHEAD_BYTES + jsonBytes(payload), run });
  }

  /** Queues load(): scalars of this object, and paths through navigation properties ("format/wrapText"). */
  protected queueLoad(propertyNames?: string | string[]): void {
    const names = parseLoadNames(propertyNames);
    const scalars: string[] = names === null ? [...this.scalarNames()] : [];
    const nested = new Map<ProxyBase, string[]>();
    for (const name of names ?? []) {
      const [head = "", ...rest] = name.split("/");
      const child = this.navigation(head);
      if (child !== undefined) {
        const paths = nested.get(child) ?? [];
        if (rest.length > 0) paths.push(rest.join("/"));
        nested.set(child, paths);
      } else if (head !== "isNullObject") {
        scalars.push(name);
      }
    }
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(scalars),
      run: () => {
        const isNull = this.resolve() === null;
        if (isNull || scalars.length === 0) return;
        const { bytes, apply } = this.capture(scalars);
        this.ctx.response?.deliver(bytes, apply);
      },
    });
    for (const [child, paths] of nested) child.queueLoad(paths.length > 0 ? paths : undefined);
  }
}

/** Fails a load of a property this proxy does not know, as Excel rejects an unknown property. */
export function unknownProperty(entity: string, name: string): MemoryExcelError {
  return new MemoryExcelError("InvalidArgument", {
    location: `${entity}.load`,
    detail: `"${name}" is not a property of ${entity} that the in-memory Excel knows`,
  });
}
