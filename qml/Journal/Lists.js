// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for lists that come from C++ (QStringList, QVariantList).
.pragma library

// A new array: first, then every item of list.
function prepend(first, list) {
    const result = [first]
    for (let i = 0; i < list.length; ++i)
        result.push(list[i])
    return result
}

// The index of value in list, or -1.
function indexOf(list, value) {
    for (let i = 0; i < list.length; ++i) {
        if (list[i] === value)
            return i
    }
    return -1
}

// The non-empty strings of parts joined by separator.
function joinNonEmpty(parts, separator) {
    const kept = []
    for (let i = 0; i < parts.length; ++i) {
        if (parts[i] && String(parts[i]).length > 0)
            kept.push(parts[i])
    }
    return kept.join(separator)
}
