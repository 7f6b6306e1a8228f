// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/Sha256.h"

#ifdef HARBOR_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace harbor::journal {

#ifdef HARBOR_HAVE_LIBCRYPTO

namespace {

// Fetched once: an implicit fetch on every digest costs more than hashing
// a short revision.
const EVP_MD *sha256Method()
{
    static const EVP_MD *const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return method;
}

// A digest that silently failed would put garbage into the chain: every
// OpenSSL call is checked, and a failure stops the process before anything
// is written (the open transaction is rolled back by SQLite).
void check(int status, const char *what)
{
    if (status != 1) {
        qFatal("harbor: SHA-256 (%s) failed in libcrypto", what);
    }
}

} // namespace

struct Sha256::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
    State()
    {
        if (context == nullptr || sha256Method() == nullptr) {
            qFatal("harbor: libcrypto has no SHA-256");
        }
        check(EVP_DigestInit_ex(context, sha256Method(), nullptr), "init");
    }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    check(EVP_DigestUpdate(m_state->context, bytes.data(), static_cast<size_t>(bytes.size())), "update");
}

QByteArray Sha256::result()
{
    QByteArray digest(kBytes, Qt::Uninitialized);
    unsigned int length = 0;
    check(EVP_DigestFinal_ex(m_state->context, reinterpret_cast<unsigned char *>(digest.data()), &length), "final");
    if (length != kBytes) {
        qFatal("harbor: SHA-256 gave %u bytes", length);
    }
    check(EVP_DigestInit_ex(m_state->context, sha256Method(), nullptr), "init");
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    // One context per thread, reused: allocating one per digest costs more
    // than hashing a revision.
    thread_local Sha256 reused;
    reused.addData(bytes);
    return reused.result();
}

#else

struct Sha256::State
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    m_state->hash.addData(bytes);
}

QByteArray Sha256::result()
{
    QByteArray digest = m_state->hash.result();
    m_state->hash.reset();
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

#endif

} // namespace harbor::journal
