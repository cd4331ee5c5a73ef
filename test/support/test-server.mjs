// Routes of the local test server (never the network): fixed responses for the data-source
// tests, including the faults an element must survive.
const routes = {
  '/api/ok.json': { status: 200, type: 'application/json', body: JSON.stringify({ stages: ['Lead'], deals: [{ id: 'd1', amount: 100, createdAt: '2024-01-02', outcome: 'open', stage: 'Lead' }] }) },
  '/api/other.json': { status: 200, type: 'application/json', body: JSON.stringify({ deals: [{ id: 'other', amount: 5, createdAt: '2024-02-01', outcome: 'open', stage: 'Lead' }] }) },
  '/api/missing.json': { status: 404, type: 'text/plain', body: 'Not Found' },
  '/api/broken.json': { status: 500, type: 'text/plain', body: 'Internal Server Error' },
  '/api/invalid.json': { status: 200, type: 'application/json', body: '{"deals": [{"id": "d1",, }]' },
};

/** Koa middleware for @web/dev-server: `/api/slow.json?ms=N` answers after N ms. */
export async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/api/slow.json') {
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 1000), 10_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.status = 200;
    context.type = 'application/json';
    context.body = JSON.stringify({ deals: [{ id: `slow-${ms}`, amount: 1, createdAt: '2024-03-01', outcome: 'open', stage: 'Lead' }] });
    return;
  }
  const route = routes[url.pathname];
  if (!route) return next();
  context.status = route.status;
  context.type = route.type;
  context.body = route.body;
}
