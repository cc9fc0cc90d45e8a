console.log('dep before');
throw new Error('dep failed');
