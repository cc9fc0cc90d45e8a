throw new Error('child failed');
