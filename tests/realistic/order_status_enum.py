import asyncio
import random
from enum import Enum, auto


class OrderStatus(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    def can_ship(self):
        return self is OrderStatus.PAID


class Order:
    def __init__(self, order_id, amount):
        self.order_id = order_id
        self.amount = amount
        self.status = OrderStatus.NEW

    def __repr__(self):
        return f"Order({self.order_id}, {self.status.name})"


async def pay(order):
    await asyncio.sleep(random.uniform(0.1, 0.5))
    if order.amount > 100:
        order.status = OrderStatus.CANCELLED
        print(f"order {order.order_id}: payment declined")
    else:
        order.status = OrderStatus.PAID
        print(f"order {order.order_id}: paid {order.amount}")


async def ship(order):
    if not order.status.can_ship():
        print(f"order {order.order_id}: cannot ship, status is {order.status}")
        return
    await asyncio.sleep(0.2)
    order.status = OrderStatus.SHIPPED
    print(f"order {order.order_id}: shipped")


async def main():
    random.seed(7)
    orders = [Order(i, amount) for i, amount in enumerate([30, 250, 80, 120, 45], 1)]
    async with asyncio.TaskGroup() as tg:
        for o in orders:
            tg.create_task(pay(o))
    await asyncio.gather(*(ship(o) for o in orders))
    report = {status: [] for status in OrderStatus}
    for o in orders:
        report[o.status].append(o.order_id)
    for status, ids in report.items():
        match status:
            case OrderStatus.SHIPPED:
                print(f"{status.name:>10}: {ids} (done)")
            case OrderStatus.CANCELLED if ids:
                print(f"{status.name:>10}: {ids} (refund)")
            case _:
                print(f"{status.name:>10}: {ids}")
    print(orders)


asyncio.run(main())
