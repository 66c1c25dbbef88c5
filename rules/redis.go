package rules

// redisAPIs lists go-redis calls that the structural recogniser misses:
// subscriptions, transactions and pipelines. Commands (methods of cmdable
// and the Cmdable interfaces returning a *XxxCmd) are recognised
// structurally; see [RedisIdem] and [RedisAbsence].
//
// Facts read in github.com/redis/go-redis/v9 v9.23.0: ReadTimeout defaults
// to 5s (3s in earlier v9 releases) and WriteTimeout follows it; -1 blocks
// forever and -2 sets no deadlines. MaxRetries defaults to 3 (-1 disables),
// with backoff between 10ms and 1s; a command is retried after io.EOF,
// dial errors, pool timeouts and, unless the command has its own timeout,
// network timeouts. Context deadlines are ignored unless
// Options.ContextTimeoutEnabled is set.
var redisAPIs = []API{
	{Func: "(*github.com/redis/go-redis/v9.Client).Close", Kind: Redis, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/redis/go-redis/v9.Client).PSubscribe", Kind: Redis, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/redis/go-redis/v9.Client).Pipelined", Kind: Redis, Params: []Role{Ctx}, Idem: Unknown, Flags: DefaultBound | Retries},
	{Func: "(*github.com/redis/go-redis/v9.Client).Subscribe", Kind: Redis, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/redis/go-redis/v9.Client).TxPipelined", Kind: Redis, Params: []Role{Ctx}, Idem: Unknown, Flags: DefaultBound | Retries,
		Note: "MULTI/EXEC: all or nothing, but a lost reply leaves the outcome unknown"},
	{Func: "(*github.com/redis/go-redis/v9.Client).Watch", Kind: Redis, Params: []Role{Ctx}, Idem: Cond, Flags: DefaultBound,
		Note: "optimistic transaction: a conflicting write fails it with redis.TxFailedErr"},
	{Func: "(*github.com/redis/go-redis/v9.PubSub).Close", Kind: Redis, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/redis/go-redis/v9.PubSub).Receive", Kind: Redis, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/redis/go-redis/v9.PubSub).ReceiveMessage", Kind: Redis, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(github.com/redis/go-redis/v9.Pipeliner).Exec", Kind: Redis, Params: []Role{Ctx}, Idem: Unknown, Flags: DefaultBound | Retries,
		Note: "sends the queued commands; their errors are also recorded in each Cmd"},
}

// redisClasses gives the idempotency class of go-redis command methods by
// name. Reads are Safe; overwrites and removals Idempotent; NX-style and
// WATCH-guarded writes Cond; counters, list and stream appends, pops and
// publishes NonIdem.
var redisClasses = map[Idem][]string{
	Safe: {
		"BitCount", "BitPos", "DBSize", "Dump", "Echo", "Exists", "Expiretime", "GeoDist", "GeoHash", "GeoPos",
		"GeoRadius", "GeoRadiusByMember", "GeoSearch", "Get", "GetBit", "GetRange", "HExists", "HGet", "HGetAll",
		"HKeys", "HLen", "HMGet", "HRandField", "HScan", "HStrLen", "HVals", "Info", "Keys", "LIndex", "LLen", "LPos",
		"LRange", "MGet", "PExpireTime", "PFCount", "PTTL", "Ping", "RandomKey", "SCard", "SDiff", "SInter",
		"SIsMember", "SMIsMember", "SMembers", "SRandMember", "SScan", "SUnion", "Scan", "ScanType", "StrLen", "TTL",
		"Time", "Type", "XInfoGroups", "XInfoStream", "XLen", "XPending", "XPendingExt", "XRange", "XRangeN",
		"XRead", "XRevRange", "XRevRangeN", "ZCard", "ZCount", "ZLexCount", "ZMScore", "ZRandMember", "ZRange",
		"ZRangeArgs", "ZRangeByLex", "ZRangeByScore", "ZRangeWithScores", "ZRank", "ZRevRange", "ZRevRangeByLex",
		"ZRevRangeByScore", "ZRevRangeWithScores", "ZRevRank", "ZScan", "ZScore",
	},
	Idempotent: {
		"Del", "Expire", "ExpireAt", "FlushAll", "FlushDB", "GeoAdd", "HDel", "HMSet", "HSet", "JSONDel", "JSONSet",
		"LSet", "LTrim", "MSet", "PExpire", "PExpireAt", "PFAdd", "PFMerge", "Persist", "SAdd", "SDiffStore",
		"SInterStore", "SMove", "SRem", "SUnionStore", "ScriptLoad", "Set", "SetBit", "SetEx", "SetRange", "SetXX",
		"Unlink", "XAck", "XDel", "ZAdd", "ZInterStore", "ZRem", "ZRemRangeByLex", "ZRemRangeByRank",
		"ZRemRangeByScore", "ZUnionStore",
	},
	Cond: {
		"HSetNX", "MSetNX", "Rename", "RenameNX", "SetNX", "XGroupCreate", "XGroupCreateMkStream", "ZAddNX",
	},
	NonIdem: {
		"Append", "BLMPop", "BLMove", "BLPop", "BRPop", "BRPopLPush", "BZMPop", "BZPopMax", "BZPopMin", "Decr",
		"DecrBy", "GetDel", "GetSet", "HIncrBy", "HIncrByFloat", "Incr", "IncrBy", "IncrByFloat", "LInsert",
		"LMPop", "LMove", "LPop", "LPush", "LPushX", "LRem", "Publish", "RPop", "RPopLPush", "RPush", "RPushX",
		"SPop", "SPublish", "XAdd", "XAutoClaim", "XClaim", "XReadGroup", "ZIncrBy", "ZMPop", "ZPopMax",
		"ZPopMin",
	},
}

var redisIdem = func() map[string]Idem {
	m := make(map[string]Idem)
	for class, names := range redisClasses {
		for _, n := range names {
			m[n] = class
		}
	}
	return m
}()

// RedisIdem returns the idempotency class of a go-redis command method
// ("Get", "SetNX", "Incr"), or Unknown for methods it does not know, such
// as Eval, Do and BitField.
func RedisIdem(method string) Idem { return redisIdem[method] }

// redisNil lists the command methods whose "absent" result is the error
// redis.Nil rather than an empty value.
var redisNil = map[string]bool{
	"BLMove": true, "BLPop": true, "BRPop": true, "BRPopLPush": true, "BZPopMax": true, "BZPopMin": true,
	"Get": true, "GetDel": true, "GetEx": true, "GetSet": true, "HGet": true, "LIndex": true, "LMove": true,
	"LPop": true, "LPos": true, "RPop": true, "RPopLPush": true, "SPop": true, "SRandMember": true,
	"XRead": true, "XReadGroup": true, "ZRank": true, "ZRevRank": true, "ZScore": true,
}

// RedisAbsence reports whether a go-redis command method reports a missing
// key or an empty result (or a blocking timeout) as redis.Nil.
func RedisAbsence(method string) bool { return redisNil[method] }
