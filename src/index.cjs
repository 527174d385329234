// The entry point, CommonJS so the bundle is one: Node starts a CommonJS script a few
// milliseconds sooner than an ES module, on every event.
// When the work is done (nothing left to run: the 'exit' event), the process ends at once
// instead of tearing its heap down first, which saves a short run a few milliseconds.
process.once('exit', () => process.exit())
require('./main.ts').run()
