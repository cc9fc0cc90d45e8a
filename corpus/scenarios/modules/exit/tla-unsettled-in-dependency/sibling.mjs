console.log('sibling runs');
