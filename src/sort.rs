//! One stable sort for the crate's own lists (issues, findings).
//!
//! `slice::sort_by_key` is a merge sort compiled anew for every element type
//! and key, several kilobytes of wasm each. Here every caller shares one
//! `sort_unstable` of `(key, position)` pairs (the scanner sorts such
//! `(usize, usize)` pairs already): the position breaks ties, so
//! the result is exactly that of a stable sort by the key.

/// Sort `v` by `key`, keeping the order of elements with equal keys.
pub(crate) fn sort_stable_by_key<T>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> usize) {
    let mut order: Vec<(usize, usize)> = v.iter().map(&mut key).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    // Every position is in `order` once, so every slot is taken once.
    v.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::sort_stable_by_key;

    #[test]
    fn same_as_the_std_stable_sort() {
        let mut seed = 7u64;
        for len in 0..200usize {
            let v: Vec<(usize, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as usize % 5, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v;
            sort_stable_by_key(&mut got, |x| x.0);
            assert_eq!(got, want);
        }
    }
}
