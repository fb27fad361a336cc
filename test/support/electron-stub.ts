throw new Error('`electron` was imported from code that runs under Node; keep it in src/main/electron only.');
