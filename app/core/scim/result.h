#pragma once

#include "scim/scimerror.h"

#include <utility>
#include <variant>

namespace scimmon {

/// A value or the SCIM error that prevented it: the engine's way of returning failures without
/// exceptions. `ok()` tells which; `value()` and `error()` may only be called on the matching side.
template<class T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(ScimError error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const ScimError &error() const { return std::get<ScimError>(m_data); }

private:
    std::variant<T, ScimError> m_data;
};

} // namespace scimmon
