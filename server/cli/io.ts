// Output conventions (DESIGN.md): exit 0 ok, 1 failure while running, 2 bad input; with
// --json exactly one JSON object on stdout, human text on stderr.
export const EXIT_OK = 0, EXIT_FAILED = 1, EXIT_BAD_INPUT = 2;

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

export function say(text: string): void {
  process.stderr.write(text + '\n');
}

export function print(text: string): void {
  process.stdout.write(text + '\n');
}
