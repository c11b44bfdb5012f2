/**
 * `fn` with its results kept by key. The store is bounded: it only saves work, so forgetting
 * everything once it is full is always safe, and a long import never grows it without end.
 */
export function memo<K, V>(fn: (key: K) => V, limit = 5000): (key: K) => V {
	const kept = new Map<K, V>();
	return (key: K) => {
		if (kept.has(key)) return kept.get(key) as V;
		if (kept.size >= limit) kept.clear();
		const value = fn(key);
		kept.set(key, value);
		return value;
	};
}
