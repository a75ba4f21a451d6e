/**
 * The base of every fake proxy: scalar properties throw PropertyNotLoaded until loaded and synced, writes
 * and calls queue until sync, *OrNullObject gives isNullObject after sync, and calls on a child of a null
 * object fail with InvalidObjectPath (stricter than Excel may be: the port never relies on either).
 */
import { FakeContext, jsonBytes } from './context';
import { fail, propertyNotLoaded } from './errors';

export type Resolver = () => unknown;
export type Scalar = (target: never) => unknown;

export const NULL = Symbol('null object');

/** Parses what `load` accepts into property paths: 'a, b/c', ['a'], { select: 'a' }, { a: true, b: { c: true } }. */
function loadPaths(spec: unknown): string[][] {
  if (spec === undefined || spec === null) return [['*']];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split('/'));
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === 'object') {
    const obj = spec as Record<string, unknown>;
    if (typeof obj.select === 'string') return loadPaths(obj.select);
    const paths: string[][] = [];
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$all') paths.push(['*']);
      else if (value === true) paths.push([key]);
      else if (value && typeof value === 'object')
        for (const sub of loadPaths(value)) paths.push([key, ...sub]);
    }
    return paths;
  }
  throw fail.invalidArgument('load argument');
}

export abstract class FakeClientObject {
  protected readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined;
  private _navs = new Map<string, FakeClientObject>();
  protected abstract readonly _type: string;
  protected readonly _scalars: Record<string, Scalar> = {};
  protected readonly _navNames: string[] = [];

  constructor(
    readonly context: FakeContext,
    private readonly _resolver: Resolver,
    private readonly _nullable = false,
  ) {
    if (_nullable && !context.executing) {
      context.enqueue('instantiate', null, () => {
        const isNull = this._resolveOrNull() === NULL;
        return {
          bytes: 8,
          commit: () => {
            this._null = isNull;
          },
        };
      });
    }
  }

  /** The model object, NULL for a null object; throws ItemNotFound etc. as the resolver does. */
  _resolveOrNull(): unknown {
    const target = this._resolver();
    return target === null || target === undefined ? NULL : target;
  }

  /** For calls and children: a null object here is an error. */
  _resolve<T>(): T {
    const target = this._resolveOrNull();
    if (target === NULL) throw fail.invalidObjectPath(`${this._type} (null object)`);
    return target as T;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) {
      if (!this._nullable) return false;
      throw propertyNotLoaded('isNullObject', this._type);
    }
    return this._null;
  }

  protected _nav<T extends FakeClientObject>(name: string, make: () => T): T {
    let nav = this._navs.get(name) as T | undefined;
    if (!nav) {
      nav = make();
      this._navs.set(name, nav);
    }
    return nav;
  }

  protected _get<T>(property: string): T {
    if (!this._loaded.has(property)) throw propertyNotLoaded(property, this._type);
    return this._loaded.get(property) as T;
  }

  /** Queues a property write; `apply` runs at sync against the resolved target. */
  protected _set(property: string, value: unknown, apply: (target: never) => void): void {
    this.context.enqueue(`${this._type}.${property}=`, value, () => {
      apply(this._resolve<never>());
    });
  }

  protected _call(method: string, args: unknown, apply: (target: never) => void): void {
    this.context.enqueue(`${this._type}.${method}()`, args, () => {
      apply(this._resolve<never>());
    });
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this._type}.load`, spec ?? null, () => {
      const commits: (() => void)[] = [];
      let bytes = 0;
      for (const path of paths) bytes += this._snapshot(path, commits);
      return { bytes, commit: () => commits.forEach((c) => c()) };
    });
    return this;
  }

  /** Reads the requested properties now (at sync) and returns their size; assigns them on commit. */
  _snapshot(path: string[], commits: (() => void)[]): number {
    const target = this._resolveOrNull();
    if (this._nullable) commits.push(() => (this._null = target === NULL));
    const [head, ...rest] = path;
    if (head === '*') {
      let bytes = 0;
      for (const name of Object.keys(this._scalars)) bytes += this._snapshot([name], commits);
      return bytes;
    }
    if (head in this._scalars && rest.length === 0) {
      const value = target === NULL ? null : this._scalars[head](target as never);
      commits.push(() => this._loaded.set(head, value));
      return jsonBytes(value) + 16;
    }
    if (this._navNames.includes(head)) {
      const child = (this as unknown as Record<string, FakeClientObject>)[head];
      if (target === NULL) return 0; // loading through a null object yields nulls, as Excel does
      return child._snapshot(rest.length ? rest : ['*'], commits);
    }
    throw fail.invalidArgument(`${this._type} has no loadable property '${head}'`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `items` is filled by load; loading 'x' or 'items/x' loads x on each item. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected abstract _elements(): unknown[];
  protected abstract _item(element: unknown): T;

  get items(): T[] {
    return this._get<T[]>('items');
  }

  private _cache?: { sync: number; items: T[] };

  override _snapshot(path: string[], commits: (() => void)[]): number {
    const rest = path[0] === 'items' ? path.slice(1) : path;
    if (this._cache?.sync !== this.context.currentSync) {
      this._cache = { sync: this.context.currentSync, items: this._elements().map((e) => this._item(e)) };
    }
    const items = this._cache.items;
    commits.push(() => this._loaded.set('items', items));
    let bytes = 2;
    for (const item of items) bytes += item._snapshot(rest.length ? rest : ['*'], commits);
    return bytes;
  }
}
