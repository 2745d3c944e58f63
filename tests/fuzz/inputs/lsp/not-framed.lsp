{"jsonrpc":"2.0"}

