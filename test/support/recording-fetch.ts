/** A fetch that records each request and answers 200 with an empty JSON result, never touching the network. */
export function recordingFetch(body: unknown = { result: [] }) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}
