import { createInterface } from 'node:readline';

/**
 * Reads one line: on a terminal with a prompt and without echoing what is typed, otherwise the
 * first line of standard input (a pipe, a file). Ctrl-C on the terminal exits.
 */
export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input, terminal: false });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  let secret = '';
  try {
    return await new Promise<string>((resolve) => {
      input.on('data', (chunk: string) => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n') return resolve(secret);
          if (character === '\u0003') process.exit(130);
          if (character === '\u007f') secret = secret.slice(0, -1);
          else secret += character;
        }
      });
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    input.removeAllListeners('data');
    process.stdout.write('\n');
  }
}
