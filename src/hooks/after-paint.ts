/**
 * Runs `fn` once the browser has painted the current frame: a message posted from an animation
 * frame callback is delivered after that frame's paint. A hidden page gets no frames, so a timer
 * runs `fn` anyway after `fallbackMs`. Returns a cancel function.
 */
export function afterPaint(fn: () => void, fallbackMs = 100): () => void {
  const stops: (() => void)[] = [];
  let done = false;
  const stop = () => {
    done = true;
    for (const s of stops) s();
  };
  const run = () => {
    if (done) return;
    stop();
    fn();
  };
  const timer = setTimeout(run, fallbackMs);
  stops.push(() => clearTimeout(timer));
  if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    stops.push(() => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    });
  }
  return stop;
}
