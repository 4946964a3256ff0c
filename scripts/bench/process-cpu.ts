/**
 * CPU time of the browser we launched, per process type, read from Linux's
 * /proc: every descendant of this Node process, by its `--type=` flag
 * (browser, renderer, gpu-process, utility). The difference between two
 * readings is the CPU a page load cost the whole browser, GPU process
 * included, whatever else the machine is doing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime: 100 on Linux for x86 and Arm. */
const TICKS_PER_SECOND = 100;

export type ProcessKind = 'browser' | 'renderer' | 'gpu' | 'other';

/** CPU milliseconds so far of each browser process, by pid. */
export type CpuReading = Map<number, { kind: ProcessKind; cpuMs: number }>;

export type CpuUse = Record<ProcessKind | 'total', number>;

interface ProcessInfo {
  pid: number;
  parent: number;
  cpuMs: number;
}

/** Parses /proc/<pid>/stat; the command name may hold spaces and brackets, so fields are counted from its end. */
export function parseStat(stat: string): ProcessInfo {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  return {
    pid: Number(stat.slice(0, stat.indexOf(' '))),
    parent: Number(fields[1]),
    cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
  };
}

export function kindOfCommandLine(commandLine: string): ProcessKind {
  const type = /--type=([\w-]+)/.exec(commandLine)?.[1];
  if (type === undefined) return 'browser';
  if (type === 'renderer') return 'renderer';
  if (type === 'gpu-process') return 'gpu';
  return 'other';
}

/** CPU so far of every Chromium process below `root` (default: this Node process). */
export function readCpu(root = process.pid): CpuReading {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.push(parseStat(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), info]);
  const reading: CpuReading = new Map();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      let commandLine = '';
      try {
        commandLine = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        continue;
      }
      if (/chrom/i.test(commandLine)) reading.set(child.pid, { kind: kindOfCommandLine(commandLine), cpuMs: child.cpuMs });
      visit(child.pid);
    }
  };
  visit(root);
  return reading;
}

/**
 * CPU used between two readings, by kind. Counted per process alive at the
 * second reading, so a renderer that exited meanwhile (a closed page's) does
 * not subtract its whole life from the total.
 */
export function cpuSince(before: CpuReading, after: CpuReading): CpuUse {
  const use: CpuUse = { browser: 0, renderer: 0, gpu: 0, other: 0, total: 0 };
  for (const [pid, { kind, cpuMs }] of after) {
    const spent = cpuMs - (before.get(pid)?.cpuMs ?? 0);
    use[kind] += spent;
    use.total += spent;
  }
  return use;
}
