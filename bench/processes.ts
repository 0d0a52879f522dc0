import { readdirSync, readFileSync } from 'node:fs';

/** A platform process: the supervisor, a service, or one of the gateway's processes. */
export interface PlatformProcess {
  pid: number;
  /** "supervisor", "registry", "gateway", "gateway process", "inference-worker", "batch". */
  name: string;
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

const nameOf = (pid: number, parentName: string | undefined) => {
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  const app = /apps\/([\w-]+)\/src\/main\.js/.exec(cmdline)?.[1];
  if (!app) return 'supervisor';
  // The gateway's supervising process forks processes running the same script.
  return app === 'gateway' && parentName === 'gateway' ? 'gateway process' : app;
};

/** Every process of the platform started by `root` (the `npm start` supervisor), with its service. */
export function platformProcesses(root: number): PlatformProcess[] {
  const all: PlatformProcess[] = [{ pid: root, name: 'supervisor' }];
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent !== undefined) parents.set(Number(entry), parent);
  }
  for (let i = 0; i < all.length; i++) {
    for (const [pid, parent] of parents) {
      if (parent !== all[i].pid) continue;
      try {
        all.push({ pid, name: nameOf(pid, all[i].name) });
      } catch {
        // The process ended while being read.
      }
    }
  }
  return all;
}

/** The pid of one service's (first) process, if running. */
export const servicePid = (root: number, name: string) => platformProcesses(root).find((p) => p.name === name)?.pid;

const statusField = (pid: number, field: string) => {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return 0;
  }
};

/** Resident memory now (VmRSS) and at its peak (VmHWM), MiB. */
export const rssMiB = (pid: number) => statusField(pid, 'VmRSS');
export const peakMemoryMiB = (pid: number) => statusField(pid, 'VmHWM');

/**
 * Proportional resident memory, MiB: pages shared between processes (Node's own code, onnxruntime's
 * library) counted once across them, split between their users. Summed over processes it is the
 * memory they hold together, where a sum of RSS counts shared code once per process.
 */
export function pssMiB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]) / 1024;
  } catch {
    return 0;
  }
}

/** The machine's available memory (MemAvailable), MiB. */
export const availableMiB = () => Number(/MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))![1]) / 1024;

/** Memory of each service (a service's processes summed), MiB, by `measure` (rssMiB or pssMiB). */
export function memoryByService(root: number, measure: (pid: number) => number = rssMiB): Map<string, number> {
  const byService = new Map<string, number>();
  for (const { pid, name } of platformProcesses(root)) {
    const service = name === 'gateway process' ? 'gateway' : name;
    byService.set(service, (byService.get(service) ?? 0) + measure(pid));
  }
  return byService;
}
