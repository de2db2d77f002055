'use strict';
// Starts one AWS emulator on 127.0.0.1 on a port the OS picks, then prints exactly one JSON line,
// {"emulator":"...","port":N}, once it accepts connections. The port is chosen here rather than by
// the JVM so two test runs can never race for the same port.
//
// The process exits when its standard input closes. The JVM that started it holds that pipe, so
// an emulator never outlives its test run, even when the JVM is killed without running hooks.
//
// Usage: node start-emulator.js dynamodb
//        node start-emulator.js s3 <data directory>

const [kind, dataDirectory] = process.argv.slice(2);

function announce(port) {
  process.stdout.write(JSON.stringify({ emulator: kind, port }) + '\n');
}

function fail(message) {
  process.stderr.write(`start-emulator: ${message}\n`);
  process.exit(2);
}

async function startDynamoDb() {
  // Tables become ACTIVE at once; dynalite's default 500 ms per state change only slows waiters.
  const server = require('dynalite')({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server.address().port;
}

async function startS3() {
  if (!dataDirectory) {
    fail('s3 needs a data directory argument');
  }
  const S3rver = require('s3rver');
  const address = await new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dataDirectory,
    silent: true,
  }).run();
  return address.port;
}

const starters = { dynamodb: startDynamoDb, s3: startS3 };

if (!starters[kind]) {
  fail(`unknown emulator '${kind}'; expected one of: ${Object.keys(starters).join(', ')}`);
}

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();

starters[kind]().then(announce, (error) => fail(`${kind} did not start: ${error.message}`));
