/** Undo/redo over immutable snapshots: the view is small, so whole states are cheaper to reason about than inverse operations. */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(private current: T, private readonly limit = 100) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new step: it becomes the present and the redo branch is dropped. */
  push(next: T): void {
    this.past.push(this.current);
    if (this.past.length > this.limit) this.past.shift();
    this.current = next;
    this.future = [];
  }

  /** Changes the present without making it a step of its own (a selection, say). */
  replace(next: T): void {
    this.current = next;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.current);
    this.current = next;
    return next;
  }
}
