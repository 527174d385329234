// The entry point, CommonJS so the bundle is one: Node starts a CommonJS script a few
// milliseconds sooner than an ES module, on every event.
require('./main.ts').run()
