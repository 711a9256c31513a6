/** Runs a task at most once per animation frame, however often it is asked for (graph events come in bursts). */
export function oncePerFrame(task: () => void): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      task();
    });
  };
}
