// Nothing is sent to a server container unless its URL is set
dataLayer = purchase;
runCode(withData({ eventName: 'auto' }));
assertApi('sendPixel').wasNotCalled();
