import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JAVA_HINT, MAVEN_HINT, requireCommand } from './prerequisites.js';

export const LAUNCHER_DIRECTORY = new URL('.', import.meta.url).pathname;
const TARGET = join(LAUNCHER_DIRECTORY, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const CLASSES = join(TARGET, 'classes');
const POM = join(LAUNCHER_DIRECTORY, 'pom.xml');
const SOURCE = join(LAUNCHER_DIRECTORY, 'src', 'NeoLauncher.java');

function isStale(output: string, input: string): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < statSync(input).mtimeMs;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: LAUNCHER_DIRECTORY, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    throw new Error(`${what} failed (${command} exited with ${result.status ?? result.signal}).`);
  }
}

/**
 * Resolves the Neo4j jars from Maven Central (once; Maven caches them in ~/.m2) and compiles
 * the launcher. Both steps are skipped when their outputs are newer than their inputs.
 * Returns the Java classpath that runs the launcher.
 */
export function buildLauncher(log: (line: string) => void = () => {}): string {
  requireCommand('java', JAVA_HINT);
  mkdirSync(TARGET, { recursive: true });
  if (isStale(CLASSPATH_FILE, POM)) {
    requireCommand('mvn', MAVEN_HINT);
    log('Resolving Neo4j Community from Maven Central (first run only, about 140 MB)…');
    run('mvn', ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], 'Resolving the Neo4j artefacts');
  }
  const dependencies = readClasspath();
  const compiled = join(CLASSES, 'NeoLauncher.class');
  if (isStale(compiled, SOURCE)) {
    requireCommand('javac', JAVA_HINT);
    log('Compiling the Neo4j launcher…');
    run('javac', ['-cp', dependencies, '-d', CLASSES, SOURCE], 'Compiling the Neo4j launcher');
  }
  return `${CLASSES}:${dependencies}`;
}

function readClasspath(): string {
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}
