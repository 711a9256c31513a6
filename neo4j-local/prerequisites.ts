import { spawnSync } from 'node:child_process';

/** Fails loudly, naming the package to install, when a command the local Neo4j needs is missing. */
export function requireCommand(command: string, installHint: string): void {
  const probe = spawnSync(command, ['-version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(`'${command}' was not found on PATH. ${installHint}`);
  }
}

export const JAVA_HINT =
  'The local Neo4j needs a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to use another Neo4j.';
export const MAVEN_HINT =
  'The local Neo4j is resolved from Maven Central with Maven (Debian: apt-get install -y maven), or set NEO4J_URI to use another Neo4j.';
