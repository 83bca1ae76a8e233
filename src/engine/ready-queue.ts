/**
 * The event loop's FIFO of ready handles (loop.ts), four slots a handle, `id, fn, a, b`, in
 * a ring buffer kept from tick to tick. The hot handles (a task's step and wakeup, a done
 * callback) are no objects at all, only these slots; a handle that can be cancelled waits as
 * `id, null, handle, null`. The buffer doubles only when more handles are ready than ever
 * before, so a gather of 100,000 tasks leaves behind no trail of ever larger copies.
 */
export class ReadyQueue {
  private buf: unknown[] = new Array<unknown>(64).fill(null);
  /** The first handle's first slot, and how many slots are in use. */
  private head = 0;
  private used = 0;
  /** The handle `shift` took: its id, function (null: `a` is a Handle) and arguments. */
  id = 0;
  fn: ((a: unknown, b: unknown) => void) | null = null;
  a: unknown = null;
  b: unknown = null;

  get length(): number {
    return this.used >> 2;
  }

  push(id: number, fn: ((a: never, b: never) => void) | null, a: unknown, b: unknown): void {
    if (this.used === this.buf.length) this.grow();
    const buf = this.buf;
    // the length is a power of two, and a handle's four slots never wrap
    const i = (this.head + this.used) & (buf.length - 1);
    buf[i] = id;
    buf[i + 1] = fn;
    buf[i + 2] = a;
    buf[i + 3] = b;
    this.used += 4;
  }

  /** Takes the first handle into `id`, `fn`, `a`, `b`; the queue lets go of it. */
  shift(): void {
    const buf = this.buf;
    const i = this.head;
    this.id = buf[i] as number;
    this.fn = buf[i + 1] as typeof this.fn;
    this.a = buf[i + 2];
    this.b = buf[i + 3];
    buf[i + 1] = buf[i + 2] = buf[i + 3] = null;
    this.head = (i + 4) & (buf.length - 1);
    this.used -= 4;
  }

  private grow(): void {
    const old = this.buf;
    const buf = new Array<unknown>(old.length * 2).fill(null);
    for (let k = 0; k < this.used; k++) buf[k] = old[(this.head + k) & (old.length - 1)];
    this.buf = buf;
    this.head = 0;
  }
}
