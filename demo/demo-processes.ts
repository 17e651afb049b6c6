import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The demo's child processes, each with its output prefixed, all stopped together. */
export class DemoProcesses {
  private readonly children: { name: string; child: ChildProcess }[] = [];

  start(
    name: string,
    command: string,
    args: string[],
    env: Record<string, string> = {},
    onLine?: (line: string) => void,
  ): ChildProcess {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        console.log(`[${name}] ${line}`);
        onLine?.(line);
      });
    }
    this.children.push({ name, child });
    return child;
  }

  /** Resolves with the exit code when the process ends. */
  static exited(child: ChildProcess): Promise<number> {
    return new Promise((resolve) =>
      child.on('exit', (code) => {
        resolve(code ?? 1);
      }),
    );
  }

  async stopAll(): Promise<void> {
    const running = this.children.filter(({ child }) => child.exitCode === null);
    for (const { child } of [...running].reverse()) child.kill('SIGTERM');
    await Promise.all(running.map(({ child }) => DemoProcesses.exited(child)));
  }
}
