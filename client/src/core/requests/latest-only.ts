/**
 * A panel shows the answer to the reader's latest request, never an earlier one that happened to
 * arrive later (clicking Roles on Canada while the project's roles are still loading must end
 * with Canada's rows). Each request takes a ticket: taking a new one aborts the one before, and
 * the older ticket then reports that it is no longer current, so whatever still arrives for it
 * is dropped.
 */
export interface RequestTicket {
  /** Passed to the request, so a superseded one is cancelled rather than only ignored. */
  readonly signal: AbortSignal;
  /** False once a newer request has started, or the panel cancelled this one. */
  readonly current: boolean;
}

export class LatestOnly {
  private controller: AbortController | null = null;

  /** Starts a request: the previous one, if still running, is aborted. */
  next(): RequestTicket {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    return {
      signal: controller.signal,
      get current() {
        return !controller.signal.aborted;
      },
    };
  }

  /** Abandons the request in flight (the panel was cleared or shows something else now). */
  cancel(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
