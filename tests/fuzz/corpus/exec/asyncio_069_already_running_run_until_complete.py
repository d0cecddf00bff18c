import asyncio

loop = asyncio.new_event_loop()


async def inner():
    return 1


async def main():
    c = inner()
    try:
        loop.run_until_complete(c)
    finally:
        c.close()


loop.run_until_complete(main())
