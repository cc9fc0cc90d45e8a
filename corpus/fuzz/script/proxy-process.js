Object.setPrototypeOf(process, null); process.exit(3)
