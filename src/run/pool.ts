import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n/lang.js';
import type { Progress } from '../progress.js';
import { FROM_BUNDLE, PACKAGE_ROOT } from '../package-root.js';
import { filesByProgramme, type Discovery } from '../records/discover.js';
import type { Tree } from '../records/tree.js';
import { UserError } from '../user-error.js';
import { runChunk, type Chunk, type ChunkResult, type ItemOf, type Job } from './jobs.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

/** Programme folders sent to a worker at a time (it reads and lets go of them one by one). */
export const CHUNK_SIZE = 20;
// A worker's heap is bounded, so memory stays flat however large the root; a chunk too big for
// it (one huge file) is done on the main thread instead. A worker holds one programme's records
// at a time (runChunk), so 32 MB of old generation is plenty, and a young generation of 4 MB lets
// most of them die young (2 MB: 0.1-0.2 s slower at 1,000 programmes for 4-11 MB less peak).
// Stryker disable next-line ObjectLiteral: the bounds change memory and time, never output (npm run bench holds them)
export const WORKER_HEAP = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 };

export interface RunOptions {
  /** Programme folders per chunk. */
  chunkSize?: number;
  /** Worker threads; 0 does every chunk on this thread. Default: $PHOIHOP_WORKERS, else one per core (at most 4). */
  workers?: number;
  /** Told how many files the root has, then each chunk's count as it is done. */
  progress?: Pick<Progress, 'expect' | 'tick'>;
  /**
   * Programme folders in the order their chunks should follow (the rest after them, in folder
   * order). It may still be being read: the worker threads start loading their code meanwhile.
   */
  order?: readonly string[] | Promise<readonly string[]>;
}

/** Root files with `size` programme folders at a time, in `order`, else in folder order. */
export function chunksOf(discovery: Discovery, size: number, order: readonly string[] = []): Chunk[] {
  const rootFiles = discovery.files.filter((f) => f.programmeDir === null);
  const byDir = filesByProgramme(discovery.files);
  const dirs = [...new Set([...order.filter((d) => byDir.has(d)), ...byDir.keys()])];
  const chunks: Chunk[] = [];
  for (let start = 0; start === 0 || start < dirs.length; start += size) {
    const first = start === 0;
    chunks.push({ first, discovery: { files: [...rootFiles, ...dirs.slice(start, start + size).flatMap((d) => byDir.get(d)!)], skipped: first ? discovery.skipped : [] } });
  }
  return chunks;
}

// Workers run the bundle (dist/run/worker.js); from the sources (tests) every chunk runs here.
const WORKER_FILE = path.join(PACKAGE_ROOT, 'dist/run/worker.js');

/** Worker threads wanted: $PHOIHOP_WORKERS, else one per core (at most 4). */
export function wantedWorkers(): number {
  const fromEnv = process.env.PHOIHOP_WORKERS === undefined ? undefined : Number(process.env.PHOIHOP_WORKERS);
  return Number.isInteger(fromEnv) && fromEnv! >= 0 ? fromEnv! : Math.min(availableParallelism(), 4);
}

/** Whether a worker's entry can run: workers run the bundle; from the sources (tests) all is done on this thread. */
export function workerFileReady(file: string): boolean {
  return FROM_BUNDLE && existsSync(file);
}

function workerCount(requested: number | undefined, chunks: number, tree: Tree): number {
  const wanted = requested ?? wantedWorkers();
  // One worker would only add a thread's memory to the same single core of work.
  if (wanted < 2 || chunks < 2 || !tree.spec || !workerFileReady(WORKER_FILE)) return 0;
  return Math.min(wanted, chunks);
}

/**
 * Does `job` on the root a chunk at a time and yields each chunk with its result, in order: on worker
 * threads when the root has more than one chunk, else here. Only findings and small results come
 * back from a chunk, so memory does not grow with the root's records.
 */
export async function* runChunks<J extends Job>(tree: Tree, lang: Lang, discovery: Discovery, job: J, options: RunOptions = {}): AsyncGenerator<{ chunk: Chunk; result: ChunkResult<ItemOf<J>> }> {
  const size = options.chunkSize ?? CHUNK_SIZE;
  const count = workerCount(options.workers, Math.ceil(filesByProgramme(discovery.files).size / size), tree);
  const pool = count === 0 ? undefined : startPool(tree, lang, job, count);
  options.progress?.expect(discovery.files.length);
  // Every chunk reads the root files again; they count once, with the first.
  const rootFiles = discovery.files.filter((f) => f.programmeDir === null).length;
  const tick = (chunk: Chunk) => options.progress?.tick(chunk.discovery.files.length - (chunk.first ? 0 : rootFiles));
  try {
    const chunks = chunksOf(discovery, size, await options.order);
    if (!pool) {
      for (const chunk of chunks) {
        const result = await runChunk(tree, lang, chunk, job);
        tick(chunk);
        yield { chunk, result };
      }
      return;
    }
    pool.start(chunks);
    for (let index = 0; index < chunks.length; index++) {
      const result = await pool.take(index);
      tick(chunks[index]!);
      yield { chunk: chunks[index]!, result };
    }
  } finally {
    pool?.stop();
  }
}

/**
 * Worker threads that did their chunks of a job whose long table is drawn afterwards (overdue's),
 * kept to draw it: their code is loaded and already optimised, where a new thread would spend the
 * first tenth of a second loading and compiling it again.
 */
const spares: Worker[] = [];

/**
 * Up to 2,000 programmes. Beyond, a kept thread's heap would hold the peak (while the rows are
 * merged) near the memory allowed: 197 MB of 200 at 5,000 programmes, where a new thread's tenth
 * of a second is 2% of the run.
 */
const MAX_CHUNKS_KEPT = 100;

function drawsAfter(job: Job): boolean {
  return job.kind === 'overdue' && job.rows === 'table';
}

/** Up to `count` of the workers kept for drawing (see `spares`; all of them by default); the caller terminates them. */
export function takeSpareWorkers(count = spares.length): Worker[] {
  return spares.splice(0, count);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // awaited in order later; never an unhandled rejection meanwhile
  return { promise, resolve, reject };
}

/** Worker threads, started at once (they take a while to load their code), given chunks once `start` has them. */
function startPool<J extends Job>(tree: Tree, lang: Lang, job: J, count: number) {
  let chunks: Chunk[] = [];
  let slots: (ReturnType<typeof deferred<ChunkResult<ItemOf<J>>>> | undefined)[] = [];
  const settled = new Set<number>();
  const settle = (index: number, outcome: { result: ChunkResult<ItemOf<J>> } | { error: unknown }) => {
    if (settled.has(index)) return;
    settled.add(index);
    if ('result' in outcome) slots[index]!.resolve(outcome.result);
    else slots[index]!.reject(outcome.error);
  };
  // A chunk a worker could not finish (out of memory) is done here, where the heap is not bounded.
  const here = (index: number) =>
    runChunk(tree, lang, chunks[index]!, job).then(
      (result) => settle(index, { result }),
      (error) => settle(index, { error }),
    );
  // With no worker left, what nobody took is done here, one chunk after another.
  const doRestHere = async () => {
    while (next < chunks.length) await here(next++);
  };
  let next = 0;
  let started = false;
  // Workers run at most this many chunks ahead of what has been taken: results waiting to be
  // written are memory too (the writer may be slower than the workers).
  const ahead = count * 2;
  let taken = 0;
  const parked: (() => void)[] = [];
  const workers = new Map<Worker, () => void>();
  for (let i = 0; i < count; i++) {
    const worker = new Worker(WORKER_FILE, { workerData: { spec: tree.spec, lang, job }, resourceLimits: WORKER_HEAP, stdout: true, stderr: true });
    let current: number | undefined;
    const feed = () => {
      if (next >= chunks.length) {
        current = undefined;
        if (drawsAfter(job) && chunks.length <= MAX_CHUNKS_KEPT) spare(worker);
        else void worker.terminate();
        return;
      }
      if (next - taken >= ahead) {
        current = undefined;
        parked.push(feed);
        return;
      }
      current = next++;
      worker.postMessage({ index: current, chunk: chunks[current]! } satisfies ToWorker);
    };
    workers.set(worker, feed);
    worker.on('message', (message: FromWorker<ItemOf<J>>) => {
      if ('result' in message) settle(message.index, { result: message.result });
      else settle(message.index, { error: message.user ? new UserError(message.message) : new Error(message.message) });
      feed();
    });
    worker.once('error', async () => {
      workers.delete(worker);
      const lost = current;
      current = undefined;
      if (lost !== undefined) await here(lost);
      if (started && workers.size === 0) await doRestHere();
    });
  }
  /** A worker done with its chunks, kept for the drawing that follows: it no longer answers to this pool. */
  const spare = (worker: Worker) => {
    workers.delete(worker);
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    // Kept, it must not keep the process alive: whoever takes it refs it while it works. One that
    // stops meanwhile is no longer offered (its error is not this process's).
    worker.unref();
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      const at = spares.indexOf(worker);
      if (at >= 0) spares.splice(at, 1);
    });
    spares.push(worker);
  };
  return {
    /** Hands out `list`, a chunk to each worker and the next as each is done. */
    start: (list: Chunk[]) => {
      chunks = list;
      slots = list.map(() => deferred<ChunkResult<ItemOf<J>>>());
      started = true;
      if (workers.size === 0) void doRestHere();
      for (const feed of [...workers.values()]) feed();
    },
    /** A chunk's result, let go once taken: the pool holds only what is not yet consumed. */
    take: async (index: number) => {
      const result = await slots[index]!.promise;
      slots[index] = undefined;
      taken = index + 1;
      for (const resume of parked.splice(0)) resume();
      return result;
    },
    stop: () => [...workers.keys()].forEach((w) => void w.terminate()),
  };
}
