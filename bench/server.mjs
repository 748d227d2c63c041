// The local HTTP server of the timed benchmarks, in its own process so that it does not compete with
// the client for the benchmark process's event loop. Prints its URL, then answers every request with a
// small JSON body, the size of a one-item Workato list. Stops when its parent closes stdin.
import { createServer } from 'node:http';

const body = JSON.stringify({
  result: [
    { id: 4515, name: 'Salesforce sync', parent_id: 3, created_at: '2024-06-01T12:00:00Z', updated_at: '2024-06-01T12:00:00Z' },
  ],
});
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.stdin.resume();
process.stdin.on('close', () => {
  server.closeAllConnections();
  server.close();
});
