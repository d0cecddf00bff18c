# expect: exit 3
import asyncio, sys
async def main():
    sys.exit(3)
asyncio.run(main())
